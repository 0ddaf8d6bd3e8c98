package jp.medsec.lms.quiz.domain.model.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a question sits in the question bank, from the top: {@code 経営者/ランサムウェア}. The empty path is the
 * top. In the text form a slash inside a name is doubled ({@code TCP//IP}), as Moodle writes it.
 */
public record CategoryPath(List<String> segments) {

    public static final CategoryPath ROOT = new CategoryPath(List.of());

    public CategoryPath {
        segments = segments.stream().map(s -> Objects.requireNonNull(s, "segment").strip()).toList();
        if (segments.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("A category name cannot be blank: " + segments);
        }
    }

    /** Reads the text form; blank segments (from {@code a/ /b} or a trailing slash) are dropped. */
    public static CategoryPath parse(String path) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/' && i + 1 < path.length() && path.charAt(i + 1) == '/') {
                current.append('/');
                i++;
            } else if (c == '/') {
                segments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return new CategoryPath(segments.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** This path below {@code parent}. */
    public CategoryPath under(CategoryPath parent) {
        List<String> all = new ArrayList<>(parent.segments);
        all.addAll(segments);
        return new CategoryPath(all);
    }

    @Override
    public String toString() {
        return String.join("/", segments.stream().map(s -> s.replace("/", "//")).toList());
    }
}
