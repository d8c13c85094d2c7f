package io.github.comunicacaosockets.link;

import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationListener;
import org.springframework.integration.ip.tcp.connection.TcpConnectionCloseEvent;
import org.springframework.integration.ip.tcp.connection.TcpNioServerConnectionFactory;

/**
 * The server's connection factory, which wakes its selector whenever one of its
 * connections closes. A socket registered with a selector is only really closed when the
 * selector next wakes up; until then a connection the console said was closed stayed open
 * (with its unread bytes, and a flooding peer's writes hanging) until some other
 * connection happened to wake it.
 */
class ChatServerConnectionFactory extends TcpNioServerConnectionFactory
		implements ApplicationListener<TcpConnectionCloseEvent> {

	private volatile @Nullable Selector selector;

	ChatServerConnectionFactory(int port) {
		super(port);
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
