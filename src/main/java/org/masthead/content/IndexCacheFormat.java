package org.masthead.content;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The payload of an {@link IndexCache} file: the folder's path, then each entry with its stamp.
 * Strings are a length and UTF-8 bytes. Decoding checks every length against what is left, so a
 * file that passed its checksum but is still wrong (another writer's bug) fails here, never with
 * a huge allocation.
 */
final class IndexCacheFormat {
    private IndexCacheFormat() {
    }

    static void encode(String root, Collection<IndexCache.Stamped> entries, DataOutputStream out) throws IOException {
        string(out, root);
        out.writeInt(entries.size());
        for (IndexCache.Stamped stamped : entries) {
            IndexEntry e = stamped.entry();
            out.writeLong(stamped.stamp().size());
            out.writeLong(stamped.stamp().modified());
            for (String s : new String[] {e.path(), e.id(), e.title(), e.subject(), e.date(), e.url(),
                e.seoTitle(), e.seoDescription(), e.seoKeywords()}) {
                string(out, s);
            }
            out.writeInt(e.related().size());
            for (IndexEntry.RelatedRef r : e.related()) {
                out.writeInt(r.number());
                string(out, r.id());
                string(out, r.url());
            }
            out.writeBoolean(e.problem() != null);
            if (e.problem() != null) {
                string(out, e.problem().message());
                out.writeInt(e.problem().line());
                out.writeInt(e.problem().column());
            }
        }
    }

    /** The entries by path; throws when the payload is not one written for {@code root}. */
    static Map<String, IndexCache.Stamped> decode(ByteBuffer in, String root) throws IOException {
        if (!string(in).equals(root)) {
            throw new IOException("the cache file of another folder");
        }
        int count = count(in, 16);
        Map<String, IndexCache.Stamped> entries = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            IndexCache.Stamp stamp = new IndexCache.Stamp(in.getLong(), in.getLong());
            String path = string(in);
            String id = string(in);
            String title = string(in);
            String subject = string(in);
            String date = string(in);
            String url = string(in);
            String seoTitle = string(in);
            String seoDescription = string(in);
            String seoKeywords = string(in);
            int relatedCount = count(in, 12);
            List<IndexEntry.RelatedRef> related = new ArrayList<>(relatedCount);
            for (int r = 0; r < relatedCount; r++) {
                related.add(new IndexEntry.RelatedRef(in.getInt(), string(in), string(in)));
            }
            IndexEntry.Problem problem = in.get() != 0 ? new IndexEntry.Problem(string(in), in.getInt(), in.getInt()) : null;
            IndexEntry entry = new IndexEntry(path, id, title, subject, date, url, seoTitle, seoDescription, seoKeywords,
                    related, problem);
            entries.put(path, new IndexCache.Stamped(entry, stamp));
        }
        if (in.hasRemaining()) {
            throw new IOException("bytes after the last entry");
        }
        return entries;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(ByteBuffer in) throws IOException {
        int length = count(in, 1);
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /** A count of items of at least {@code minimumBytes} each, checked against the bytes left. */
    private static int count(ByteBuffer in, int minimumBytes) throws IOException {
        int n = in.getInt();
        if (n < 0 || (long) n * minimumBytes > in.remaining()) {
            throw new IOException("a count larger than the file");
        }
        return n;
    }
}
