export interface CardInput {
  cardNumber: string;
  cvc: string;
  expMonth: number;
  expYear: number;
  holderName: string;
}

/** Body of POST /checkout. */
export interface CheckoutRequest {
  customerId: string;
  recipient: { name: string; address: string; phone?: string };
  cardMessage?: string;
  deliveryDate: string;
  totalCents: number;
  card: CardInput;
  saveCard?: boolean;
  giftCardCode?: string;
}

export interface ImageViewerState {
  zoom: number;
  pan: { x: number; y: number };
}
