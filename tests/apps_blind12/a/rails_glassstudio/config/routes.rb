Rails.application.routes.draw do
  resources :students, only: %i[create update] do
    post :safety_briefing, on: :member
  end
  resources :bookings, only: :create do
    post :walk_in, on: :collection
    post :order_supplies, on: :collection
  end
  namespace :admin do
    resources :students, only: %i[index destroy]
  end
  post "/webhooks/kilnpay", to: "webhooks/kilnpay#create"
  mount GoodJob::Engine => "/good_job"
end
