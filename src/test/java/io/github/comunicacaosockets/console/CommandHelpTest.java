package io.github.comunicacaosockets.console;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.ResourceBundle.Control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.test.ShellTestClient;

import io.github.comunicacaosockets.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
@DisplayName("'help' in Portuguese, the default")
class CommandHelpTest {

	@Autowired
	private ShellTestClient shell;

	@Autowired
	private CommandRegistry commands;

	@Test
	@DisplayName("every command the shell knows, ours and Spring Shell's, is described in both bundles")
	void everyCommandIsDescribed() {
		Control noFallback = Control.getNoFallbackControl(Control.FORMAT_PROPERTIES);
		for (Locale locale : new Locale[] { Locale.ROOT, Locale.ENGLISH }) {
			ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, noFallback);
			assertThat(this.commands.getCommands()).isNotEmpty()
				.allSatisfy((command) -> assertThat(bundle.containsKey("command." + command.getName() + ".description"))
					.as("%s in %s", command.getName(), bundle.getBaseBundleName() + "_" + locale)
					.isTrue());
		}
	}

	@Test
	@DisplayName("lists every chat command with its description from the bundle")
	void listsTheCommands() throws Exception {
		assertThat(this.shell.sendCommand("help").lines())
			.startsWith("Comandos disponíveis ('help <comando>' explica um deles):", "Chat")
			.contains(
					"\tbits: Mostra como um texto vira bytes UTF-8 e bits, caractere por caractere, e quanto ocupa no fio",
					"\tdetalhes: Liga ou desliga os detalhes: os bytes de cada quadro (com o fim de linha) e cada evento TCP "
							+ "(abertura, fechamento e motivo)",
					"\tclientes: Lista as conexões abertas: número, endereço, desde quando, mensagens recebidas e enviadas",
					"\thistorico: Lista as mensagens desta sessão: hora, direção, com quem, texto e tamanho em bytes",
					"\tsair: Encerra a(s) conexão(ões) e sai do programa",
					"\tsend: Envia o resto da linha como uma mensagem e mostra os bits enviados",
					"\tstatus: Mostra o papel, a porta, o modo do fio, as conexões e os contadores (os mesmos do Actuator)",
					"Comandos do Spring Shell", "\tquit, exit: Sai do programa, como sair",
					"\thistory: Mostra os comandos digitados antes (ou os grava num arquivo)");
	}

	@Test
	@DisplayName("explains a command and its options: 'help send' and 'send --help'")
	void explainsOneCommand() throws Exception {
		assertThat(this.shell.sendCommand("help send").lines()).containsExactly(
				"send - Envia o resto da linha como uma mensagem e mostra os bits enviados",
				"Uso: send <texto> envia ao único cliente ou a quem escreveu por último; send --to 2 <texto> escolhe o "
						+ "cliente #2; send --all <texto> envia a todos. Texto que começa com '-' vai depois de '--': "
						+ "send -- -x",
				"Opções:", "\t--to: número do cliente (veja 'clientes')", "\t--all: envia a todos os clientes");
		assertThat(this.shell.sendCommand("help envia").lines()).startsWith("Não há comando 'envia'.",
				"Comandos disponíveis ('help <comando>' explica um deles):");
		assertThat(this.shell.sendCommand("send --help").lines()).containsExactly(
				"send <texto> envia ao único cliente ou a quem escreveu por último; send --to 2 <texto> escolhe o "
						+ "cliente #2; send --all <texto> envia a todos. Texto que começa com '-' vai depois de '--': "
						+ "send -- -x");
	}

}
