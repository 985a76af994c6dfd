Rails.application.routes.draw do
  namespace :api do
    resources :enrolments, only: :create do
      post :tour_deposit, on: :collection
    end
  end
  post "/webhooks/cantorpay", to: "webhooks/cantorpay#create"
end
