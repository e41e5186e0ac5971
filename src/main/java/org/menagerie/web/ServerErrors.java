package org.menagerie.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What the server itself answers when a request never reaches the app (an address or headers too long, a body over the
 * limit, a broken request line): {"error": ...} in the API's words instead of Jetty's HTML page. Such a request may have
 * no usable path, so the answer is JSON for the site too; a browser never sends one.
 */
final class ServerErrors extends ErrorHandler {
    private final long maxRequestBytes;

    ServerErrors(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    /** The API's words for a status the server or the framework decided. */
    static String words(int status, long maxRequestBytes) {
        return switch (status) {
            case 400 -> "the request is malformed";
            case 404 -> "not found";
            case 405 -> "this method is not allowed here";
            case 408 -> "the request took too long to arrive";
            case 413 -> "the request body is larger than " + maxRequestBytes + " bytes";
            case 414 -> "the address is too long";
            case 415 -> "the body must be JSON, sent with Content-Type: application/json";
            case 431 -> "the request headers are too large";
            case 501 -> "this method is not supported";
            case 505 -> "this HTTP version is not supported";
            default -> status >= 500 ? "internal error" : "the request was refused (" + status + ")";
        };
    }

    static String json(String message) {
        return "{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return ByteBuffer.wrap(json(words(status, maxRequestBytes)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(json(words(code, maxRequestBytes)).getBytes(StandardCharsets.UTF_8)), callback);
    }
}
