package br.com.jttelecom.console.pabx;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds {@code usuario}/{@code token} (header mode only) and {@code Accept: application/json} to every request. */
final class AuthInterceptor implements Interceptor {

    private final String user;
    private final String token;
    private final boolean headers;

    AuthInterceptor(PabxSettings settings) {
        this.user = settings.user();
        this.token = settings.token();
        this.headers = settings.authMode() == AuthMode.HEADERS;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request.Builder b = chain.request().newBuilder().header("Accept", "application/json");
        if (headers) {
            b.header("usuario", user).header("token", token);
        }
        return chain.proceed(b.build());
    }
}
