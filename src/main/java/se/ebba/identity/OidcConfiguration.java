package se.ebba.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Staff login with the municipality's OpenID Connect provider, switched on by setting
 * {@code ebba.oidc.issuer-uri} (EBBA_OIDC_ISSUER_URI; see docs/operations.md). The provider's
 * endpoints are read from its discovery document at start-up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${ebba.oidc.issuer-uri:}'.isBlank()")
class OidcConfiguration {

    static final String REGISTRATION = "ebba";

    @Bean
    ClientRegistrationRepository oidcClients(@Value("${ebba.oidc.issuer-uri}") String issuer,
                                             @Value("${ebba.oidc.client-id}") String clientId,
                                             @Value("${ebba.oidc.client-secret}") String clientSecret,
                                             @Value("${ebba.oidc.scopes:openid,profile}") String[] scopes) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(REGISTRATION)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope(scopes)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientName("Kommunens inloggning")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
