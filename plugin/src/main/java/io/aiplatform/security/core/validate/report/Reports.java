package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.io.OutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;

/** Reports written to a stream as they are produced, and the same as text (for tests and previews). */
final class Reports {

    private Reports() {
    }

    /** A body that writes through a {@link PrintWriter}, an error on the stream surfacing as an IOException. */
    static OutputWriter.Body printed(Consumer<PrintWriter> content) {
        return out -> {
            PrintWriter printer = new PrintWriter(out);
            content.accept(printer);
            printer.flush();
            if (printer.checkError()) {
                throw new IOException("a report could not be written (disk full or the folder removed?)");
            }
        };
    }

    /** What {@code content} writes, as a string. */
    static String text(Consumer<PrintWriter> content) {
        StringWriter text = new StringWriter();
        try {
            printed(content).writeTo(text);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
