/**
 * The TCP connections: their factories and roles, each connection with the state it owns,
 * the registry of open ones, and their events.
 */
@NullMarked
package io.github.comunicacaosockets.link;

import org.jspecify.annotations.NullMarked;
