package org.masthead.cli;

/** Small helpers shared by the file commands. */
final class Cli {
    private Cli() {
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return message == null || message.isBlank() ? kind : kind + " " + message;
    }
}
