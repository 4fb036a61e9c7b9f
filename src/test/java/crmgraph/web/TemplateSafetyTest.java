package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The templates hold no inline script, style attribute, event handler or unescaped output. */
class TemplateSafetyTest {

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_ATTRIBUTE =
            Pattern.compile("<[^>]+\\s(on[a-z]+|style)\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ELEMENT = Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE_OUTPUT = Pattern.compile("\\$unsafe\\{|javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void no_template_has_inline_script_style_handlers_or_unsafe_output() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "jte"))) {
            templates = files.filter(f -> f.toString().endsWith(".jte")).toList();
        }
        assertThat(templates).isNotEmpty();
        for (Path t : templates) {
            String text = Files.readString(t);
            assertThat(text)
                    .as(t.toString())
                    .doesNotContainPattern(INLINE_SCRIPT)
                    .doesNotContainPattern(INLINE_ATTRIBUTE)
                    .doesNotContainPattern(STYLE_ELEMENT)
                    .doesNotContainPattern(UNSAFE_OUTPUT);
        }
    }
}
