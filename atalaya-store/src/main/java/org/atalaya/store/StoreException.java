package org.atalaya.store;

/** A failure of the store itself (disk, database, schema), as opposed to a bad input record. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
