package se.ebba.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import se.ebba.decision.letter.DecisionLetter;
import se.ebba.decision.letter.DecisionLetterPdf;

/**
 * The PDFs of decision letters, each drawn once and kept while it is asked for (a bounded cache, least
 * recently used out). Drawing a letter with OpenPDF is most of what a letter download costs.
 *
 * <p>The key is the whole {@link DecisionLetter}, the value with every word the PDF prints, not the
 * decision id: the letter of a made decision is built again from the database for every request, so
 * when anything it prints changes (the applicant's address or protection, the unit's contact
 * details, a changed decision, which has a new id anyway), the key changes with it and the PDF is drawn
 * anew. A kept PDF is therefore always byte for byte what would be drawn now for the same letter,
 * whoever asks; the letter depends on no viewer (a protected person's letter prints Skatteverket's
 * forwarding route for every viewer), and a letter that did would have another key. Nothing is
 * written to the database, and a restart starts empty.
 *
 * <p>When the decision page is shown, the letter's PDF is drawn in the background ({@link #prepare}),
 * as a caseworker who reads the decision usually downloads its letter next; one background thread,
 * dropped when busy.
 */
@Component
class LetterPdfs implements DisposableBean {

    /** About 20 kB per letter: a few megabytes at most. */
    static final int MAX_LETTERS = 256;

    private final Map<DecisionLetter, CompletableFuture<byte[]>> letters = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DecisionLetter, CompletableFuture<byte[]>> eldest) {
            return size() > MAX_LETTERS;
        }
    };

    private final ThreadPoolExecutor background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(32),
            Thread.ofPlatform().daemon().name("letter-pdf").factory(), new ThreadPoolExecutor.AbortPolicy());

    /** The letter as PDF: the one kept or being drawn, else drawn now and kept. */
    byte[] pdf(DecisionLetter letter) {
        Claim claim = claim(letter);
        if (claim.mine()) {
            draw(letter, claim.pdf());
        }
        try {
            return claim.pdf().join();
        } catch (CompletionException | CancellationException e) {
            // The background drawing failed or was dropped: draw it here, where a failure reaches the user.
            return DecisionLetterPdf.render(letter);
        }
    }

    /** Starts drawing the letter in the background unless it is kept or being drawn; never waits. */
    void prepare(DecisionLetter letter) {
        Claim claim = claim(letter);
        if (!claim.mine()) {
            return;
        }
        try {
            background.execute(() -> draw(letter, claim.pdf()));
        } catch (RejectedExecutionException busy) {
            forget(letter, claim.pdf());
            claim.pdf().cancel(false);
        }
    }

    /** How many letters are kept (for tests). */
    int size() {
        synchronized (letters) {
            return letters.size();
        }
    }

    private record Claim(CompletableFuture<byte[]> pdf, boolean mine) {
    }

    private Claim claim(DecisionLetter letter) {
        synchronized (letters) {
            CompletableFuture<byte[]> kept = letters.get(letter);
            if (kept != null) {
                return new Claim(kept, false);
            }
            CompletableFuture<byte[]> pdf = new CompletableFuture<>();
            letters.put(letter, pdf);
            return new Claim(pdf, true);
        }
    }

    private void draw(DecisionLetter letter, CompletableFuture<byte[]> pdf) {
        try {
            pdf.complete(DecisionLetterPdf.render(letter));
        } catch (RuntimeException | Error e) {
            forget(letter, pdf);
            pdf.completeExceptionally(e);
        }
    }

    private void forget(DecisionLetter letter, CompletableFuture<byte[]> pdf) {
        synchronized (letters) {
            letters.remove(letter, pdf);
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
