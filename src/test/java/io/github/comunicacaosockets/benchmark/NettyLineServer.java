package io.github.comunicacaosockets.benchmark;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;

import io.github.comunicacaosockets.wire.BitCodec;

/**
 * A Netty line server, as Netty's own examples write one: NIO event loops (two per core),
 * a {@link LineBasedFrameDecoder}, and a handler that decodes each line as the baseline
 * does and, for the round trips, writes it back.
 */
final class NettyLineServer extends CountingServer {

	private static final int MAX_LINE = 64 * 1024;

	private final EventLoopGroup acceptor = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());

	private final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());

	private final Channel serverChannel;

	NettyLineServer(boolean echo) throws InterruptedException {
		this.serverChannel = new ServerBootstrap().group(this.acceptor, this.loops)
			.channel(NioServerSocketChannel.class)
			.childOption(ChannelOption.TCP_NODELAY, true)
			.childHandler(new ChannelInitializer<SocketChannel>() {

				@Override
				protected void initChannel(SocketChannel channel) {
					channel.pipeline().addLast(new LineBasedFrameDecoder(MAX_LINE), new Lines(echo));
				}

			})
			.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
			.sync()
			.channel();
	}

	@Override
	public String name() {
		return "Netty";
	}

	@Override
	public int port() {
		return ((InetSocketAddress) this.serverChannel.localAddress()).getPort();
	}

	@Override
	public void close() {
		this.serverChannel.close().syncUninterruptibly();
		this.loops.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
		this.acceptor.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
	}

	/** Decodes each line; writes it back when echoing. */
	private final class Lines extends SimpleChannelInboundHandler<ByteBuf> {

		private final boolean echo;

		Lines(boolean echo) {
			this.echo = echo;
		}

		@Override
		protected void channelRead0(ChannelHandlerContext context, ByteBuf line) {
			String text = new String(BitCodec.decode(ByteBufUtil.getBytes(line)), StandardCharsets.UTF_8);
			decoded();
			if (this.echo) {
				byte[] bits = BitCodec.encode(text.getBytes(StandardCharsets.UTF_8));
				ByteBuf reply = context.alloc().buffer(bits.length + 1);
				reply.writeBytes(bits).writeByte('\n');
				context.writeAndFlush(reply);
			}
		}

		@Override
		public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
			context.close();
		}

	}

}
