package io.github.camelmartech.support.http;

import java.io.IOException;
import java.net.Socket;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.message.RequestLine;
import org.apache.hc.core5.http.message.StatusLine;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HttpClient's own connections print every header and every byte to the {@code org.apache.hc.client5.http.headers}
 * and {@code .wire} loggers when they are at DEBUG: API keys, Basic and bearer credentials, OAuth2 client secrets and
 * tokens included. The connections made here log the request and status lines and the headers to the same headers
 * logger, with the value of every credential-bearing header masked, and never log the raw bytes (a body carries
 * client secrets and tokens too, and a byte stream cannot be masked reliably).
 */
final class MaskedLoggingConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    static final String HEADERS_LOGGER = "org.apache.hc.client5.http.headers";
    private static final Logger HEADER_LOG = LoggerFactory.getLogger(HEADERS_LOGGER);
    private static final AtomicLong COUNTER = new AtomicLong();

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        MaskedLoggingConnection connection = new MaskedLoggingConnection("martech-" + COUNTER.getAndIncrement());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    /** The header's value as it may be logged: credentials become the mask, an auth scheme name stays. */
    static String loggable(Header header) {
        String name = header.getName().toLowerCase(Locale.ROOT);
        boolean sensitive = name.contains("auth") || name.contains("token") || name.contains("key")
                            || name.contains("secret") || name.contains("password") || name.contains("cookie");
        if (!sensitive || header.getValue() == null) {
            return header.getName() + ": " + header.getValue();
        }
        String value = header.getValue().trim();
        int space = value.indexOf(' ');
        String scheme = space > 0 && name.contains("authorization") ? value.substring(0, space) + " " : "";
        return header.getName() + ": " + scheme + SecretMasker.MASK;
    }

    private static final class MaskedLoggingConnection extends DefaultBHttpClientConnection
            implements ManagedHttpClientConnection {

        private final String id;
        private volatile Timeout socketTimeout;

        MaskedLoggingConnection(String id) {
            // HttpClient's lenient status-line parser, as its own connection factory uses
            super(Http1Config.DEFAULT, null, null, null, null, null, DefaultHttpResponseParserFactory.INSTANCE);
            this.id = id;
        }

        @Override
        public void bind(Socket socket) throws IOException {
            super.bind(new SocketHolder(socket));
            socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            super.bind(new SocketHolder(sslSocket, socket));
            socketTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
        }

        @Override
        public Socket getSocket() {
            SocketHolder holder = getSocketHolder();
            return holder == null ? null : holder.getSocket();
        }

        @Override
        public SSLSession getSSLSession() {
            return getSocket() instanceof SSLSocket ssl ? ssl.getSession() : null;
        }

        @Override
        public void setSocketTimeout(Timeout timeout) {
            socketTimeout = timeout;
            super.setSocketTimeout(timeout);
        }

        @Override
        public void passivate() {
            super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
        }

        @Override
        public void activate() {
            super.setSocketTimeout(socketTimeout);
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            if (request != null && HEADER_LOG.isDebugEnabled()) {
                HEADER_LOG.debug("{} >> {}", id, new RequestLine(request));
                for (Header header : request.getHeaders()) {
                    HEADER_LOG.debug("{} >> {}", id, loggable(header));
                }
            }
        }

        @Override
        protected void onResponseReceived(ClassicHttpResponse response) {
            if (response != null && HEADER_LOG.isDebugEnabled()) {
                HEADER_LOG.debug("{} << {}", id, new StatusLine(response));
                for (Header header : response.getHeaders()) {
                    HEADER_LOG.debug("{} << {}", id, loggable(header));
                }
            }
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
