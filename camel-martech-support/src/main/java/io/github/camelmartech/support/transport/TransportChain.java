package io.github.camelmartech.support.transport;

import java.io.IOException;
import java.util.List;

import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;

/** Steps run in order, each calling the next; the last one must answer without calling further. */
public final class TransportChain implements TransportStep.Chain {

    private final List<TransportStep> steps;
    private final int index;

    public TransportChain(List<TransportStep> steps) {
        this(List.copyOf(steps), 0);
    }

    private TransportChain(List<TransportStep> steps, int index) {
        this.steps = steps;
        this.index = index;
    }

    @Override
    public ApiResponse proceed(ApiRequest request) throws IOException {
        if (index >= steps.size()) {
            throw new IllegalStateException("The last transport step must send the request, not call the chain");
        }
        return steps.get(index).proceed(request, new TransportChain(steps, index + 1));
    }
}
