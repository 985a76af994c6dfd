Rails.application.routes.draw do
  resources :patrons, only: %i[create update] do
    resources :party_bookings, only: :create
  end
  namespace :webhooks do
    post "marionette", to: "gateway#create"
  end
  get "up" => "rails/health#show", as: :rails_health_check
end
