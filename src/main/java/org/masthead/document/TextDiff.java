package org.masthead.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A short, readable line diff between two versions of a file, for showing a user what changed on
 * disk. It trims the common head and tail and shows the middle as removed and added lines, which
 * is exact for the usual case of one edited region and still honest for several.
 */
public final class TextDiff {
    private static final int CONTEXT = 2;

    private TextDiff() {
    }

    public static String unified(String oldName, String oldText, String newName, String newText) {
        List<String> a = oldText.lines().toList();
        List<String> b = newText.lines().toList();
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        if (head == a.size() && head == b.size()) {
            return oldText.equals(newText) ? "" : "--- " + oldName + "\n+++ " + newName + "\n(only line endings or the final newline differ)\n";
        }
        int from = Math.max(0, head - CONTEXT);
        int aEnd = a.size() - tail;
        int bEnd = b.size() - tail;
        int aTo = Math.min(a.size(), aEnd + CONTEXT);
        List<String> out = new ArrayList<>();
        out.add("--- " + oldName);
        out.add("+++ " + newName);
        out.add("@@ -" + (from + 1) + "," + (aTo - from) + " +" + (from + 1) + "," + (Math.min(b.size(), bEnd + CONTEXT) - from) + " @@");
        for (int i = from; i < head; i++) {
            out.add(" " + a.get(i));
        }
        for (int i = head; i < aEnd; i++) {
            out.add("-" + a.get(i));
        }
        for (int i = head; i < bEnd; i++) {
            out.add("+" + b.get(i));
        }
        for (int i = aEnd; i < aTo; i++) {
            out.add(" " + a.get(i));
        }
        return String.join("\n", out) + "\n";
    }
}
