/**
 * The application: it starts the server or the client, whichever `chat.role` says.
 */
@NullMarked
package io.github.comunicacaosockets;

import org.jspecify.annotations.NullMarked;
