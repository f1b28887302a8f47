package se.ebba.appeal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.ebba.decision.letter.DecisionLetter;

/**
 * The HTML of decision letters on the decision page, each rendered once from the letter fragment
 * ({@code decision/letter :: letter}) and kept while it is asked for (a bounded cache, least recently
 * used out). Rendering the letter's many lines and amounts was most of what the decision page cost
 * (docs/performance.md, "Staff day under load").
 *
 * <p>As for the PDFs (decision module's {@code LetterPdfs}), the key is the whole {@link DecisionLetter},
 * the value with every word the letter prints, so a kept letter is always exactly what would be
 * rendered now for the same content; the letter depends on no viewer. The fragment escapes every
 * value as the page would, so the kept HTML is inserted unescaped.
 */
@Component
class RenderedLetters {

    /** A few kilobytes per letter. */
    static final int MAX_LETTERS = 256;

    private final ITemplateEngine templates;
    private final Map<DecisionLetter, String> letters = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DecisionLetter, String> eldest) {
            return size() > MAX_LETTERS;
        }
    };

    RenderedLetters(ITemplateEngine templates) {
        this.templates = templates;
    }

    String html(DecisionLetter letter) {
        synchronized (letters) {
            String kept = letters.get(letter);
            if (kept != null) {
                return kept;
            }
        }
        Context context = new Context();
        context.setVariable("l", letter);
        String html = templates.process("decision/letter", Set.of("letter"), context);
        synchronized (letters) {
            letters.put(letter, html);
        }
        return html;
    }
}
