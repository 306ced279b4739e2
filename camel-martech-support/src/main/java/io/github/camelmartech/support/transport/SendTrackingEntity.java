package io.github.camelmartech.support.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * Records that the body started to be written. HttpClient writes the request head into its buffer and the body
 * after it, flushing only then, so until {@link #writeTo} runs no byte of the request has left: a failure before
 * that point (refused, reset or TLS failure while connecting, a stale pooled connection found closed) is safe to
 * retry even for a send.
 */
final class SendTrackingEntity extends HttpEntityWrapper {

    private final AtomicBoolean sent;

    SendTrackingEntity(HttpEntity entity, AtomicBoolean sent) {
        super(entity);
        this.sent = sent;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        sent.set(true);
        super.writeTo(out);
    }
}
