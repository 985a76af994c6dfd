Rails.application.routes.draw do
  get "up" => "rails/health#show", as: :rails_health_check

  resources :checkouts, only: :create
  resources :payout_cards, only: %i[create destroy]

  namespace :admin do
    resources :sellers, only: %i[index show update] do
      post :suspend, on: :member
    end
  end

  require "sidekiq/web"
  mount Sidekiq::Web => "/sidekiq", constraints: AdminConstraint.new
end
