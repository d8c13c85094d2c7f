package io.github.comunicacaosockets.link;

import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationListener;
import org.springframework.integration.ip.tcp.connection.TcpConnectionCloseEvent;
import org.springframework.integration.ip.tcp.connection.TcpNioConnection;
import org.springframework.integration.ip.tcp.connection.TcpNioServerConnectionFactory;

/**
 * The server's connection factory. Two things differ from Spring Integration's:
 * <ul>
 * <li>A connection that has something to read while no other is being read is read by the
 * selector's own thread, the one the operating system woke for it. Spring Integration
 * hands every read to a reading thread, which hands the connection back to the selector
 * once done: two thread hand-offs per message, most of a round trip's time. Whenever more
 * than one connection is ready, or one is being read, reads are handed out as Spring
 * Integration does, so that connections are read side by side.</li>
 * <li>It wakes its selector whenever one of its connections closes. A socket registered
 * with a selector is only really closed when the selector next wakes up; until then a
 * connection the console said was closed stayed open (with its unread bytes, and a
 * flooding peer's writes hanging) until some other connection happened to wake it.</li>
 * </ul>
 */
class ChatServerConnectionFactory extends TcpNioServerConnectionFactory
		implements ApplicationListener<TcpConnectionCloseEvent> {

	private final ReadsInProgress readsInProgress;

	private volatile @Nullable Selector selector;

	ChatServerConnectionFactory(int port, ReadsInProgress readsInProgress) {
		super(port);
		this.readsInProgress = readsInProgress;
	}

	@Override
	protected void processNioSelections(int selectionCount, Selector selector, @Nullable ServerSocketChannel server,
			Map<SocketChannel, TcpNioConnection> connectionMap) {
		if (selectionCount == 1 && this.readsInProgress.none()) {
			readAloneHere(selector.selectedKeys());
		}
		super.processNioSelections(selectionCount, selector, server, connectionMap);
	}

	private void readAloneHere(Set<SelectionKey> selected) {
		if (selected.size() != 1) {
			return;
		}
		SelectionKey key = selected.iterator().next();
		if (!key.isValid() || !key.isReadable() || !(key.attachment() instanceof FramingNioConnection connection)) {
			return;
		}
		selected.clear();
		connection.setLastRead(System.currentTimeMillis());
		try {
			connection.readPacket();
		}
		catch (RuntimeException ex) {
			logger.error(ex, "Exception on read " + connection.getConnectionId());
			connection.close();
		}
	}

	@Override
	protected void doAccept(Selector selectorForNewSocket, ServerSocketChannel server, long now) {
		this.selector = selectorForNewSocket;
		super.doAccept(selectorForNewSocket, server, now);
	}

	@Override
	public void onApplicationEvent(TcpConnectionCloseEvent event) {
		Selector current = this.selector;
		if (current != null && getComponentName().equals(event.getConnectionFactoryName())) {
			current.wakeup();
		}
	}

}
