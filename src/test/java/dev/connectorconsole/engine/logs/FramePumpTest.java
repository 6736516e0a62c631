package dev.connectorconsole.engine.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.connectorconsole.common.NamedThreads;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FramePumpTest {

    private final List<String> texts = Collections.synchronizedList(new ArrayList<>());
    private final List<String> threadNames = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> batchEnds = Collections.synchronizedList(new ArrayList<>());

    private FramePump pump() {
        return new FramePump(NamedThreads.factory("cc-logs-pump-test"), new FramePump.FrameConsumer() {
            @Override
            public void frame(Frame frame) {
                texts.add(new String(frame.getPayload(), StandardCharsets.UTF_8));
                threadNames.add(Thread.currentThread().getName());
            }

            @Override
            public void endOfBatch() {
                batchEnds.add(texts.size());
            }

            @Override
            public void endOfStream(Throwable error) {
                texts.add("END" + (error == null ? "" : " " + error.getMessage()));
            }
        });
    }

    @Test
    void framesArriveInOrderOnThePumpsOwnThread() throws Exception {
        FramePump pump = pump();
        pump.startThread();
        for (int i = 0; i < 100; i++) {
            pump.onNext(new Frame(StreamType.STDOUT, ("frame " + i).getBytes(StandardCharsets.UTF_8)));
        }
        pump.onComplete();
        pump.finished().get(10, TimeUnit.SECONDS);

        assertThat(texts).hasSize(101).endsWith("END");
        assertThat(texts.subList(0, 100)).isEqualTo(java.util.stream.IntStream.range(0, 100).mapToObj(i -> "frame " + i).toList());
        assertThat(threadNames).allMatch(n -> n.startsWith("cc-logs-pump-test-"));
        assertThat(batchEnds).isNotEmpty().isSorted().last().isEqualTo(100);
    }

    @Test
    void aPayloadArrayReusedByTheCallerAfterOnNextDoesNotChangeWhatWasQueued() throws Exception {
        FramePump pump = pump();
        byte[] shared = "first".getBytes(StandardCharsets.UTF_8);
        pump.onNext(new Frame(StreamType.STDOUT, shared));
        System.arraycopy("XXXXX".getBytes(StandardCharsets.UTF_8), 0, shared, 0, 5);
        pump.onNext(new Frame(StreamType.STDOUT, shared));
        pump.onComplete();
        pump.startThread(); // started late on purpose: the frames waited in the queue while the array changed

        pump.finished().get(10, TimeUnit.SECONDS);

        assertThat(texts).containsExactly("first", "XXXXX", "END");
    }

    @Test
    void anErrorFromTheEngineEndsThePumpExceptionally() {
        FramePump pump = pump();
        pump.startThread();
        pump.onError(new IllegalStateException("engine went away"));

        assertThatThrownBy(() -> pump.finished().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasRootCauseMessage("engine went away");
        assertThat(texts).containsExactly("END engine went away");
    }

    @Test
    void closeEndsThePumpThreadAndClosesTheStream() throws Exception {
        FramePump pump = pump();
        boolean[] streamClosed = {false};
        pump.onStart(() -> streamClosed[0] = true);
        pump.startThread();

        pump.close();
        pump.finished().get(10, TimeUnit.SECONDS);

        assertThat(streamClosed[0]).isTrue();
        assertThat(pump.isClosed()).isTrue();
        assertThat(texts).containsExactly("END");
    }

    @Test
    void closedBeforeStartItIsFinishedAndNeverRuns() throws Exception {
        FramePump pump = pump();
        pump.close();
        pump.startThread();

        pump.finished().get(10, TimeUnit.SECONDS);

        assertThat(pump.isRunning()).isFalse();
        assertThat(texts).isEmpty();
    }
}
