package org.vaxline.pass.control;

/** Fired when a transaction that revoked a pass commits, so every node reloads its list. */
public record RevocationsChanged(String entry) {}
