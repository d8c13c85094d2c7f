package io.github.comunicacaosockets.tcp;

import org.springframework.context.ApplicationEvent;

import io.github.comunicacaosockets.codec.RejectionReason;

/**
 * A frame that could not be read from one connection, which is being closed because of it.
 * Spring Integration's own {@code TcpDeserializationExceptionEvent} does not say which connection.
 */
public class FrameRejectedEvent extends ApplicationEvent {

	private final String connectionId;

	private final FrameRejectedException cause;

	public FrameRejectedEvent(Object source, String connectionId, FrameRejectedException cause) {
		super(source);
		this.connectionId = connectionId;
		this.cause = cause;
	}

	public String connectionId() {
		return this.connectionId;
	}

	public RejectionReason reason() {
		return this.cause.reason();
	}

	public int bytesSeen() {
		return this.cause.bytesSeen();
	}

	public String description() {
		return this.cause.getMessage();
	}

}
