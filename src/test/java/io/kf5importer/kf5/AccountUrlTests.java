package io.kf5importer.kf5;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountUrlTests {

    @ParameterizedTest
    @ValueSource(strings = {"https://acme.kf5.com", "https://acme.kf5.com/", " https://acme.kf5.com/ "})
    void theAccountsAddressIsTakenWithOrWithoutATrailingSlash(String address) {
        AccountUrl account = AccountUrl.parse(address);

        assertThat(account).hasToString("https://acme.kf5.com");
        assertThat(account.api("tickets", "12.json")).hasToString("https://acme.kf5.com/apiv2/tickets/12.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme.kf5.com", "ftp://acme.kf5.com", "https://", "   "})
    void somethingThatIsNotAnHttpAddressIsRefusedWithAnExample(String address) {
        assertThatIllegalArgumentException().isThrownBy(() -> AccountUrl.parse(address))
                .withMessageContaining("https://acme.kf5.com");
    }

    @Test
    void anAddressWithAPathIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> AccountUrl.parse("https://acme.kf5.com/apiv2"))
                .withMessageContaining("has a path");
    }

    @Test
    void onlyTheSameSchemeHostAndPortAreTheSameOrigin() {
        AccountUrl account = AccountUrl.parse("https://acme.kf5.com");

        assertThat(account.isSameOrigin(HttpUrl.get("https://acme.kf5.com/apiv2/x.json?page=2"))).isTrue();
        assertThat(account.isSameOrigin(HttpUrl.get("http://acme.kf5.com/apiv2/x.json"))).isFalse();
        assertThat(account.isSameOrigin(HttpUrl.get("https://acme.kf5.com:8443/apiv2/x.json"))).isFalse();
        assertThat(account.isSameOrigin(HttpUrl.get("https://evil.example/apiv2/x.json"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://acme.kf5.com", "HTTPS://Acme.KF5.com/", "https://acme.kf5.com:443/",
            " https://acme.kf5.com "})
    void everySpellingOfOneAccountKeysTheLedgerTheSameWay(String address) {
        assertThat(AccountUrl.canonical(address)).isEqualTo("https://acme.kf5.com");
    }
}
