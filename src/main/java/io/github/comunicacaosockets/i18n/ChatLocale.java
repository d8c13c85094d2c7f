package io.github.comunicacaosockets.i18n;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Which language the console speaks. Portuguese unless told otherwise: by
 * {@code chat.locale}, or by a locale given to the JVM itself
 * ({@code -Duser.language=en}). The JVM's locale as it comes from the environment does
 * not count: Java reports English for any locale the machine has not installed, which
 * would make English the default almost everywhere.
 */
public final class ChatLocale {

	/** The language of the original project and of the console by default. */
	public static final Locale DEFAULT = Locale.forLanguageTag("pt-BR");

	/** The languages the console has bundles for. */
	public static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.ENGLISH);

	private static final String USER_LANGUAGE = "-Duser.language=";

	private ChatLocale() {
	}

	/**
	 * The console's locale in this JVM: {@link #resolve} with the options it was started
	 * with and its default locale.
	 * @param configured {@code chat.locale}, if set
	 */
	public static Locale inThisJvm(@Nullable Locale configured) {
		return resolve(configured, ManagementFactory.getRuntimeMXBean().getInputArguments(), Locale.getDefault());
	}

	/**
	 * The console's locale.
	 * @param configured {@code chat.locale}, if set
	 * @param jvmArguments the options the JVM was started with
	 * @param jvmLocale the JVM's default locale
	 */
	public static Locale resolve(@Nullable Locale configured, List<String> jvmArguments, Locale jvmLocale) {
		if (configured != null) {
			return configured;
		}
		boolean toldTheJvm = jvmArguments.stream().anyMatch((argument) -> argument.startsWith(USER_LANGUAGE));
		return toldTheJvm ? jvmLocale : DEFAULT;
	}

}
