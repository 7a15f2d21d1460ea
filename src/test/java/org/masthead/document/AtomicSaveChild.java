package org.masthead.document;

import java.nio.file.Path;

/**
 * The process {@link AtomicSaveKillTest} kills: saves version A, then B, then A... of one file
 * through {@link AtomicFiles#write} until killed, saying {@code ready} after its first save.
 */
public final class AtomicSaveChild {
    private AtomicSaveChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        byte[][] versions = {AtomicSaveKillTest.version('A'), AtomicSaveKillTest.version('B')};
        AtomicFiles.write(file, versions[1]);
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            AtomicFiles.write(file, versions[i % 2]);
        }
    }
}
