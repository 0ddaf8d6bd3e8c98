package jp.medsec.lms.web.support;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The test server over https (its own generated certificate, trusted by the test clients), for what is served only over
 * TLS, such as the did:web document. The address comes from {@code lms.it.httpsBaseUrl}; see
 * {@link HttpSession#getHttps}.
 */
public final class Https {

    public static final String BASE = System.getProperty("lms.it.httpsBaseUrl", "https://localhost:9444");

    private Https() {
    }

    /** Trusts the test server's generated certificate (the build turns off the host name check for the test JVM). */
    static SSLContext trustingTestServer() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // The test server's generated certificate; only test clients of localhost use this.
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
