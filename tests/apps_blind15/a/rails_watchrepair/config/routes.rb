Rails.application.routes.draw do
  resources :customers, only: [:create, :show] do
    resources :repair_orders, only: [:create]
  end
  resources :repair_orders, only: [] do
    member do
      post :deposit
      post :saved_card
    end
  end
  post "/webhooks/tickpay", to: "webhooks#tickpay"
end
