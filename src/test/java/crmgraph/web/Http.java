package crmgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client for the explorer's ITs. */
public final class Http {

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    public static Http local(int port) {
        return new Http("http://127.0.0.1:" + port);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200
                || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return parse(r.body());
    }

    static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A multipart form post, as the import form sends it; {@code file} may be null. */
    public HttpResponse<String> multipart(
            String path, Map<String, String> fields, String fileName, byte[] file, Map<String, String> headers) {
        String boundary = "----crmgraphtest" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((k, v) -> write(
                body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n"));
        if (file != null) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: text/plain\r\n\r\n");
            body.writeBytes(file);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(b::header);
        return send(b.build());
    }

    public HttpResponse<String> form(String path, Map<String, String> fields, Map<String, String> headers) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) ->
                s.append(s.length() == 0 ? "" : "&").append(q(k)).append('=').append(q(v)));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(s.toString()));
        headers.forEach(b::header);
        return send(b.build());
    }

    /** The pending-import id a preview page carries in its confirm form. */
    public static String pendingId(String previewHtml) {
        Matcher m = Pattern.compile("name=\"pending\" value=\"([0-9a-f]+)\"").matcher(previewHtml);
        if (!m.find()) {
            throw new AssertionError("no confirm form in: " + previewHtml);
        }
        return m.group(1);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
