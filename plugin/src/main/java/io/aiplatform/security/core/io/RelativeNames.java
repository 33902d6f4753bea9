package io.aiplatform.security.core.io;

/**
 * Names the plugin reads back from its own bookkeeping files (the journal, the ownership record)
 * and then acts on: only plain names inside the folder are accepted, so a forged or damaged file
 * can never make it move or delete anything outside that folder.
 */
final class RelativeNames {

    private RelativeNames() {
    }

    /** One folder entry's name: not empty, not {@code .} or {@code ..}, without {@code /}, {@code \}, {@code :} or control characters. */
    static boolean isPlainName(String name) {
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** A relative path of plain names joined by {@code /} (no leading, trailing or doubled {@code /}). */
    static boolean isPlain(String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (!isPlainName(segment)) {
                return false;
            }
        }
        return true;
    }
}
