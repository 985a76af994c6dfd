Rails.application.routes.draw do
  resources :customers, only: %i[create update] do
    get :lookup, on: :collection
    post :cards, to: "payments#save_card"
  end
  resources :repair_tickets, only: :create do
    post :sim_swap, on: :member
    post :walk_in_payments, to: "payments#walk_in"
  end
  post "/webhooks/pennant", to: "webhooks/pennant#create"
end
