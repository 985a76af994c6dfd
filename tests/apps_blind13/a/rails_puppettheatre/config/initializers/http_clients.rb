theatre = Rails.configuration.x.theatre

Rails.application.config.to_prepare do
  HttpJsonClient.register(:gateway, base_url: theatre[:gateway_url], verify_tls: theatre[:gateway_verify_tls],
                                    headers: { "Authorization" => "Bearer #{ENV['MARIONETTE_KEY']}" })
  HttpJsonClient.register(:box_office, base_url: theatre[:box_office_url])
  HttpJsonClient.register(:props_store, base_url: theatre[:props_store_url],
                                        verify_tls: ActiveModel::Type::Boolean.new.cast(theatre[:props_store_verify_tls]))
  HttpJsonClient.register(:bitrix, base_url: theatre[:bitrix_webhook])
  HttpJsonClient.register(:pushwoosh, base_url: "https://api.pushwoosh.com/json/1.3",
                                      headers: { "Authorization" => "Token #{theatre[:pushwoosh_token]}" })
end
