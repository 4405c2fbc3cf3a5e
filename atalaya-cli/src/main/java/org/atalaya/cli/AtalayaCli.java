package org.atalaya.cli;

/** Entry point placeholder; the commands are wired in as they land. */
public final class AtalayaCli {
    private AtalayaCli() {
    }

    public static void main(String[] args) {
        System.exit(2);
    }
}
