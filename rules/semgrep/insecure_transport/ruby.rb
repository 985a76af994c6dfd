http = Net::HTTP.new(uri.host, uri.port)
http.use_ssl = true
# ruleid: tls-verification-disabled-ruby
http.verify_mode = OpenSSL::SSL::VERIFY_NONE
# ok: tls-verification-disabled-ruby
http.verify_mode = OpenSSL::SSL::VERIFY_PEER
# ruleid: tls-verification-disabled-ruby
conn = Faraday.new(url: "https://api.example.com", ssl: { verify: false })
