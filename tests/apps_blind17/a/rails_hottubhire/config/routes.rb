Rails.application.routes.draw do
  resources :customers, only: %i[create update]
  resources :rentals, only: %i[create]

  namespace :webhooks do
    post "spapay", to: "spapay#create"
  end

  get "up" => "rails/health#show", as: :rails_health_check
end
