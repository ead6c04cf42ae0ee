package com.regimen.core.staff;

import java.security.SecureRandom;

/**
 * Temporary passwords for a reset or an invitation: 20 characters from an alphabet without look-alikes (no 0/O,
 * 1/l/I), about 115 bits, so one read aloud or typed from a screen survives the trip.
 */
final class TemporaryPasswords {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
