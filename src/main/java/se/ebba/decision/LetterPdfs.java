package se.ebba.decision;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * as a caseworker who reads the decision usually downloads its letter next: one background thread,
 * starting {@link #START_AFTER} later so that it does not compete with the page itself, dropped when
 * {@link #MAX_WAITING} drawings wait. A download that comes before the background has started draws
 * the letter itself at once (and the background then skips it).
 */
@Component
class LetterPdfs implements DisposableBean {

    /** About 20 kB per letter: a few megabytes at most. */
    static final int MAX_LETTERS = 256;
    /** Drawings waiting to start; more are dropped (the download then draws its letter itself). */
    static final int MAX_WAITING = 32;
    /**
     * How long after the decision page asks the background waits before it draws: the page is
     * rendered by then, so the drawing does not take the processor from the page it was started for.
     */
    static final Duration START_AFTER = Duration.ofMillis(300);

    private final Map<DecisionLetter, Drawing> letters = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DecisionLetter, Drawing> eldest) {
            return size() > MAX_LETTERS;
        }
    };

    private final ScheduledThreadPoolExecutor background = new ScheduledThreadPoolExecutor(1,
            Thread.ofPlatform().daemon().name("letter-pdf").factory(), new ThreadPoolExecutor.AbortPolicy());

    /** A letter's PDF, drawn by whoever starts first: the background or a download that comes before it. */
    private record Drawing(CompletableFuture<byte[]> pdf, AtomicBoolean started) {

        static Drawing fresh() {
            return new Drawing(new CompletableFuture<>(), new AtomicBoolean());
        }

        boolean start() {
            return started.compareAndSet(false, true);
        }
    }

    /** The letter as PDF: the one kept or being drawn, else drawn now (also when the background has not started it yet) and kept. */
    byte[] pdf(DecisionLetter letter) {
        Drawing drawing = drawingOf(letter);
        if (drawing.start()) {
            draw(letter, drawing);
        }
        try {
            return drawing.pdf().join();
        } catch (CompletionException | CancellationException e) {
            // The background drawing failed: draw it here, where a failure reaches the user.
            return DecisionLetterPdf.render(letter);
        }
    }

    /** Has the letter drawn in the background shortly, unless it is kept or being drawn; never waits. */
    void prepare(DecisionLetter letter) {
        Drawing drawing;
        synchronized (letters) {
            if (letters.containsKey(letter) || background.getQueue().size() >= MAX_WAITING) {
                return;
            }
            drawing = Drawing.fresh();
            letters.put(letter, drawing);
        }
        try {
            background.schedule(() -> {
                if (drawing.start()) {
                    draw(letter, drawing);
                }
            }, START_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shutDown) {
            forget(letter, drawing);
        }
    }

    /** How many letters are kept (for tests). */
    int size() {
        synchronized (letters) {
            return letters.size();
        }
    }

    private Drawing drawingOf(DecisionLetter letter) {
        synchronized (letters) {
            return letters.computeIfAbsent(letter, l -> Drawing.fresh());
        }
    }

    private void draw(DecisionLetter letter, Drawing drawing) {
        try {
            drawing.pdf().complete(DecisionLetterPdf.render(letter));
        } catch (RuntimeException | Error e) {
            forget(letter, drawing);
            drawing.pdf().completeExceptionally(e);
        }
    }

    private void forget(DecisionLetter letter, Drawing drawing) {
        synchronized (letters) {
            letters.remove(letter, drawing);
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
