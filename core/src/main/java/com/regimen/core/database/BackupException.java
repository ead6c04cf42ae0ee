package com.regimen.core.database;

/** A backup or restore that could not be done, with a message an operator can act on. */
public class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
