package io.github.comunicacaosockets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.integration.annotation.IntegrationComponentScan;

/**
 * Client-server chat over TCP where every message is shown, and by default travels, as its bits.
 * The same application is the server (default) or the client ({@code client} profile).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@IntegrationComponentScan
public class ComunicacaoSocketsApplication {

	public static void main(String[] args) {
		SpringApplication.run(ComunicacaoSocketsApplication.class, args);
	}

}
