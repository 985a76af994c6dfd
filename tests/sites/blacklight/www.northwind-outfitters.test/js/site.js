// The shop's own script: a first-party preference cookie and nothing else.
document.cookie = "nw_currency=USD; path=/; max-age=31536000; SameSite=Lax";
