package client

func newClient() *http.Client {
	// ruleid: tls-verification-disabled-go
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	// ok: tls-verification-disabled-go
	safe := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}
	return &http.Client{Transport: tr}
}
