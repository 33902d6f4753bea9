package io.aiplatform.security.core.io;

import java.io.IOException;

/**
 * A folder or file the plugin would write, replace or remove is not the plugin's (or a bookkeeping
 * file of the plugin's was not written by it): refused before anything is changed. The message
 * names the folder or file and what to change.
 */
public final class OwnershipException extends IOException {

    private static final long serialVersionUID = 1L;

    public OwnershipException(String message) {
        super(message);
    }
}
