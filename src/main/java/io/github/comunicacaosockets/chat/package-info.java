/**
 * The conversation: the inbound and outbound flows, and what becomes of each message
 * received, rejected or sent.
 */
@NullMarked
package io.github.comunicacaosockets.chat;

import org.jspecify.annotations.NullMarked;
