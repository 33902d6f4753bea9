package io.aiplatform.security.core.support;

import java.util.List;
import java.util.stream.Collectors;

/** The input (descriptors, POM data, parameters) cannot be turned into a security layer. */
public final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).describe();
        }
        return problems.size() + " problems:" + problems.stream()
                .map(p -> System.lineSeparator() + "  - " + p.describe())
                .collect(Collectors.joining());
    }
}
