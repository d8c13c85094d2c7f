package io.github.comunicacaosockets.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed keys and certificates made with the JDK's {@code keytool} when a test asks
 * for them, the way the README tells a teacher to make them: nothing secret lives in the
 * repository. Certificates name {@code localhost} and {@code 127.0.0.1}, so host checks
 * pass.
 */
public final class TestCertificates {

	public static final String PASSWORD = "changeit";

	private final Path directory;

	public TestCertificates(Path directory) {
		this.directory = directory;
	}

	/**
	 * Makes {@code name.p12} (key and certificate) and adds the certificate to
	 * {@code name-trusted.p12}.
	 */
	public TestCertificates keyPair(String name) {
		Path keystore = keystore(name);
		Path certificate = this.directory.resolve(name + ".cer");
		keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
				"-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
				keystore.toString(), "-storepass", PASSWORD);
		keytool("-exportcert", "-alias", name, "-keystore", keystore.toString(), "-storepass", PASSWORD, "-file",
				certificate.toString());
		keytool("-importcert", "-noprompt", "-alias", name, "-file", certificate.toString(), "-storetype", "PKCS12",
				"-keystore", trusted(name).toString(), "-storepass", PASSWORD);
		return this;
	}

	public Path keystore(String name) {
		return this.directory.resolve(name + ".p12");
	}

	/** A truststore holding the certificate of {@code name}. */
	public Path trusted(String name) {
		return this.directory.resolve(name + "-trusted.p12");
	}

	/**
	 * Command-line settings for a TLS end whose SSL bundle {@code chat} has this key and
	 * trusts that certificate.
	 */
	public List<String> bundle(String key, String trusted) {
		List<String> settings = new ArrayList<>(List.of("--chat.tls.enabled=true"));
		if (key != null) {
			settings.add("--spring.ssl.bundle.jks.chat.keystore.location=file:" + keystore(key));
			settings.add("--spring.ssl.bundle.jks.chat.keystore.password=" + PASSWORD);
			settings.add("--spring.ssl.bundle.jks.chat.keystore.type=PKCS12");
		}
		if (trusted != null) {
			settings.add("--spring.ssl.bundle.jks.chat.truststore.location=file:" + trusted(trusted));
			settings.add("--spring.ssl.bundle.jks.chat.truststore.password=" + PASSWORD);
			settings.add("--spring.ssl.bundle.jks.chat.truststore.type=PKCS12");
		}
		return settings;
	}

	/**
	 * A TLS context for a plain-socket client that trusts the certificate of
	 * {@code trusted}.
	 */
	public SSLContext clientContext(String trusted) {
		try (InputStream in = Files.newInputStream(trusted(trusted))) {
			KeyStore trustStore = KeyStore.getInstance("PKCS12");
			trustStore.load(in, PASSWORD.toCharArray());
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trustStore);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("could not load " + trusted(trusted), ex);
		}
	}

	private static void keytool(String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("keytool failed: " + command + "\n" + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not run keytool", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
