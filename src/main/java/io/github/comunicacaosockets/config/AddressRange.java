package io.github.comunicacaosockets.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation ({@code 192.168.0.0/24}, {@code ::1/128}), or
 * one address ({@code 10.0.0.7}). Written as {@code chat.allow} entries.
 *
 * @param network the address with the bits past the prefix cleared
 * @param prefixLength how many leading bits an address must share with the network
 */
public record AddressRange(byte[] network, int prefixLength) {

	private static final Pattern IPV4 = Pattern
		.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F]*:[0-9a-fA-F:.]*");

	/** Loopback only: this machine, over IPv4 or IPv6. */
	public static final List<AddressRange> LOOPBACK = List.of(of("127.0.0.0/8"), of("::1/128"));

	public AddressRange {
		network = masked(network, prefixLength);
	}

	/**
	 * Reads {@code address} or {@code address/prefix}. Only literal addresses are taken:
	 * a host name would make access depend on DNS.
	 * @throws IllegalArgumentException when the text is neither
	 */
	public static AddressRange of(String text) {
		String[] parts = text.trim().split("/", -1);
		if (parts.length > 2 || !isLiteral(parts[0])) {
			throw new IllegalArgumentException(
					"'" + text + "' is not an IP address or CIDR range (e.g. 192.168.0.0/24)");
		}
		byte[] address = literal(parts[0]);
		int bits = address.length * 8;
		int prefixLength = bits;
		if (parts.length == 2) {
			try {
				prefixLength = Integer.parseInt(parts[1]);
			}
			catch (NumberFormatException ex) {
				prefixLength = -1;
			}
			if (prefixLength < 0 || prefixLength > bits) {
				throw new IllegalArgumentException(
						"'" + text + "' has a prefix length outside 0.." + bits + " for its address family");
			}
		}
		return new AddressRange(address, prefixLength);
	}

	public boolean contains(InetAddress address) {
		byte[] candidate = address.getAddress();
		return candidate.length == this.network.length
				&& Arrays.equals(masked(candidate, this.prefixLength), this.network);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AddressRange range && range.prefixLength == this.prefixLength
				&& Arrays.equals(range.network, this.network);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.network) + this.prefixLength;
	}

	@Override
	public String toString() {
		return literalText(this.network) + "/" + this.prefixLength;
	}

	private static byte[] masked(byte[] address, int prefixLength) {
		byte[] masked = address.clone();
		for (int bit = prefixLength; bit < masked.length * 8; bit++) {
			masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
		}
		return masked;
	}

	private static boolean isLiteral(String text) {
		return IPV4.matcher(text).matches() || IPV6.matcher(text).matches();
	}

	private static byte[] literal(String text) {
		try {
			return InetAddress.getByName(text).getAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("'" + text + "' is not an IP address", ex);
		}
	}

	private static String literalText(byte[] address) {
		try {
			return InetAddress.getByAddress(address).getHostAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
