Rails.application.routes.draw do
  resources :passengers, only: %i[create show]
  resources :bookings, only: :create
  post "field_sync/:tablet_id", to: "field_sync#create"
  post "webhooks/ashgrove", to: "webhooks/ashgrove#create"
  post "vouchers/:code/redeem", to: "vouchers#redeem"
  get "up", to: "rails/health#show", as: :rails_health_check
end
